/**
 * Grading: versioned grading forms (questions, answers with scores, extras, system extras) per
 * item group or model family, their localization, answer checking, scoring and grades.
 *
 * Public face: {@link GradingService} (`activeFormFor`, `formForModel`, `getVersion`, `gradesFor`,
 * `localize`, admin `createForm`/`addVersion`/`updateVersion`/`publishVersion`), the pure
 * {@link checkAnswers}, {@link scoreAnswers}, {@link gradeFor}, and the reference-data step
 * {@link syncReferenceGradingForms}.
 */
import type { CacheBus } from '../../platform/cache/index.js';
import type { CatalogModule } from '../catalog/index.js';
import { GradingService } from './grading.service.js';

export { GradingService, syncReferenceGradingForms, GRADING_CACHE_SCOPE, type ActiveForm, type LocalizedForm } from './grading.service.js';
export { GradingErrors } from './grading.errors.js';
export { GradingSettings } from './grading.settings.js';
export { checkAnswers, scoreAnswers, gradeFor, pick, type CheckedAnswers, type ScoreResult, type ScoreStep } from './scoring.js';
export {
  FormDefinitionSchema,
  CreateFormInput,
  AnswerSchema,
  ExtraSchema,
  GradeSchema,
  InfoCardSchema,
  QuestionSchema,
  CONDITIONS,
  type Condition,
  type FormDefinition,
  type FormDefinitionInput,
  type GradeDefinition,
  type LocalizedString,
} from './grading.schemas.js';
export { DEFAULT_GRADES, REFERENCE_FORMS } from './reference-forms.js';
export type { FormVersionRecord } from './grading.repository.js';

export type GradingModule = GradingService;

export function createGradingModule(deps: { cache: CacheBus; catalog: CatalogModule }): GradingModule {
  return new GradingService(deps);
}
