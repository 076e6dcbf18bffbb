// src/lib reaching into a page.
export { getStaticPaths } from '../pages/tim-cach/[...slug].astro';
