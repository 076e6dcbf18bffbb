// src/lib reaching into a component.
import { formatDate } from '../components/page-sources.ts';

export const today = formatDate(new Date(0));
