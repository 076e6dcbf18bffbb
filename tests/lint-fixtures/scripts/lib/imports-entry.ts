// A shared module importing another script's entry file (which runs its command when loaded).
import { writeSamples } from '../generate-sample-cards.ts';

export const write = writeSamples;
