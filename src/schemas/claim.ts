import { z } from 'astro/zod';
import { refineVerification, verificationFields } from './verification.ts';

/**
 * One factual claim (`content/data/claims.yaml`): its wording, its status and its sources, kept in
 * one place. Pages mark it with <Claim id="…"> (a marker appears while it is uncertain), posters
 * and quiz answers name it and the build refuses the ones that are not verified.
 */
export const claimFields = z.strictObject({
	/** The claim in one plain sentence, as the open-points page and the page marker show it. */
	text: z.string().min(10),
	/** Short citation for images and slides, e.g. "Thông tư 66/2023/TT-BCA". */
	cite: z.string().min(3).max(60),
	...verificationFields,
});

export const claimSchema = claimFields.superRefine(refineVerification);
export type Claim = z.output<typeof claimSchema>;
