import type { Diagnostic } from '../diagnostics.ts';
import { CURRENT_SCHEMA_VERSION, type Graph, graphSchema } from '../graph.ts';
import { migrateGraph } from '../migrateGraph.ts';
import { checkCarouselLayout } from './carouselLayout.ts';
import { checkChoices } from './choices.ts';
import { DIAGNOSTIC_CODES } from './codes.ts';
import { createContext, type ValidateOptions, type ValidationContext } from './context.ts';
import { checkEdges } from './edges.ts';
import { checkGoToFlow } from './goToFlow.ts';
import { checkIds } from './ids.ts';
import { checkLimits } from './limitChecks.ts';
import { checkSendLoops } from './loops.ts';
import { checkMedia } from './media.ts';
import { isRecord } from './paths.ts';
import { checkTemplatePolicy } from './policy.ts';
import { checkReachability } from './reachability.ts';
import { checkRegexes } from './regexes.ts';
import { checkRequiredFields } from './requiredFields.ts';
import { schemaDiagnostics } from './schemaIssues.ts';
import { checkTemplateParams } from './templateParams.ts';
import { checkTemplateRegistry } from './templateRegistry.ts';
import { checkTriggers } from './triggers.ts';
import { checkUrls } from './urls.ts';
import { checkVariables } from './variables.ts';
import { checkReplyBounds } from './waitForReply.ts';
import { checkWhatsappFlowForms } from './whatsappFlowForm.ts';
import { checkWindow } from './window.ts';

/** The checks run on a parsed graph, in the order their diagnostics appear. */
const CHECKS: readonly ((ctx: ValidationContext) => void)[] = [
  checkIds,
  checkTriggers,
  checkEdges,
  checkChoices,
  checkReachability,
  checkGoToFlow,
  checkRegexes,
  checkUrls,
  checkRequiredFields,
  checkLimits,
  checkMedia,
  checkTemplateParams,
  checkCarouselLayout,
  checkWhatsappFlowForms,
  checkReplyBounds,
  checkVariables,
  checkTemplatePolicy,
  checkWindow,
  checkSendLoops,
  checkTemplateRegistry,
];

/**
 * Every problem in a flow document, as diagnostics; never throws. The document is migrated to the current
 * version, then parsed: schema problems are reported alone (code `schema.invalid`); a parsed graph goes through
 * every check (structure, limits, variables, window policy, loops, templates).
 */
export function validateGraph(input: unknown, options: ValidateOptions = {}): Diagnostic[] {
  return validateGraphDetailed(input, options).diagnostics;
}

/** The diagnostics of a document, and the graph they were found in. */
export interface GraphValidation {
  /** The parsed graph (migrated, defaults filled) when the document fits the schema, even with errors; else null. */
  graph: Graph | null;
  diagnostics: Diagnostic[];
}

/**
 * `validateGraph` that also returns the parsed graph, so a caller that goes on with it (`compileGraph`) does not
 * migrate and parse the document a second time.
 */
export function validateGraphDetailed(input: unknown, options: ValidateOptions = {}): GraphValidation {
  try {
    const doc = migrateGraph(input);
    const parsed = graphSchema.safeParse(doc);
    if (!parsed.success) {
      return { graph: null, diagnostics: onlyVersionIfNewer(schemaDiagnostics(parsed.error.issues, doc), doc) };
    }
    const ctx = createContext(parsed.data, options ?? {});
    for (const check of CHECKS) {
      try {
        check(ctx);
      } catch (error) {
        ctx.diagnostics.push(internalError(error));
      }
    }
    return { graph: parsed.data, diagnostics: ctx.diagnostics };
  } catch (error) {
    return { graph: null, diagnostics: [internalError(error)] };
  }
}

/** A file from a newer Salesbot fails for its version; its other differences would only be noise. */
function onlyVersionIfNewer(diagnostics: Diagnostic[], doc: unknown): Diagnostic[] {
  const version = isRecord(doc) ? doc.schemaVersion : undefined;
  if (typeof version !== 'number' || version <= CURRENT_SCHEMA_VERSION) return diagnostics;
  return diagnostics.filter((diagnostic) => diagnostic.path === 'schemaVersion');
}

function internalError(error: unknown): Diagnostic {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    code: 'validator.internalError',
    severity: DIAGNOSTIC_CODES['validator.internalError'].severity,
    message: `The flow could not be fully checked: ${reason}`,
    hint: 'This is a bug in Salesbot; please report it with the flow file.',
  };
}
