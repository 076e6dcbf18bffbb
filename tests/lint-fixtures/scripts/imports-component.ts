// A script loading a component module.
import { formatDate } from '../src/components/page-sources.ts';

console.log(formatDate(new Date(0)));
