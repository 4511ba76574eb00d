import { australia } from './australia';
import { brazil } from './brazil';
import { context } from './context';
import { crmNotes } from './crm-notes';
import { france } from './france';
import { germany } from './germany';
import { hardNegatives } from './hard-negatives';
import { identifiers } from './identifiers';
import { india } from './india';
import { northAmerica } from './north-america';
import type { CorpusCase } from './types';
import { unitedKingdom } from './united-kingdom';
import { writtenForms } from './written-forms';

export type { CorpusCase, ExpectedNumber } from './types';

export const corpus: readonly CorpusCase[] = [
  ...northAmerica,
  ...india,
  ...unitedKingdom,
  ...germany,
  ...france,
  ...australia,
  ...brazil,
  ...writtenForms,
  ...crmNotes,
  ...hardNegatives,
  ...identifiers,
  ...context,
];
