// What the dialog engine hands back untyped (a dialog's options, a waterfall step's result and values, an instance's own
// state), read through a zod schema: it was written by this code, or restored from storage after a restart or a deploy,
// so a shape the step does not expect is an error here, with its place named, never a cast that lets it through.
import type { DialogInstance, WaterfallStepContext } from 'botbuilder-dialogs';
import { z } from 'zod';

/** Any value through a schema (a prompt's own description kept in dialog state, say); `where` names it in the error. */
export function checked<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw shapeError(where, parsed.error);
  return parsed.data;
}

/** zod's message names the path and the expected type, never the value: no message text reaches the logs. */
function shapeError(where: string, error: z.ZodError | undefined): TypeError {
  return new TypeError(`${where}: unexpected shape${error ? `\n${z.prettifyError(error)}` : ''}`);
}

const stepName = (step: WaterfallStepContext) => `${step.activeDialog?.id ?? 'waterfall'} step ${step.index}`;

/** The options the step's waterfall was begun or replaced with (`{}` when none were given). */
export function stepOptions<S extends z.ZodType>(step: WaterfallStepContext, schema: S): z.output<S> {
  return checked(schema, step.options ?? {}, `${stepName(step)} options`);
}

/** What the previous step, prompt or child dialog handed this step. */
export function stepResult<S extends z.ZodType>(step: WaterfallStepContext, schema: S): z.output<S> {
  return checked(schema, step.result, `${stepName(step)} result`);
}

/** What the waterfall remembers between its own steps; write it with `Object.assign(step.values, …)`. */
export function stepValues<S extends z.ZodType>(step: WaterfallStepContext, schema: S): z.output<S> {
  return checked(schema, step.values, `${stepName(step)} values`);
}

/**
 * A dialog instance's own state, checked and returned as the same object, so what the dialog writes to it is what the
 * next turn reads. The schema must describe the state as stored: no defaults or transforms.
 */
export function instanceState<S extends z.ZodType>(instance: DialogInstance | undefined, schema: S): z.output<S> {
  const state: unknown = instance?.state;
  if (conforms(schema, state)) return state;
  throw shapeError(`${instance?.id ?? 'dialog'} state`, schema.safeParse(state).error);
}

function conforms<S extends z.ZodType>(schema: S, value: unknown): value is z.output<S> {
  return schema.safeParse(value).success;
}
