import type { MethodName, ParsedInputOf, ResultOf } from '../contract';
import type { AppContext } from '../../services/context';

export type Handler<M extends MethodName> = (ctx: AppContext, input: ParsedInputOf<M>) => ResultOf<M> | Promise<ResultOf<M>>;
export type HandlerMap = { [M in MethodName]: Handler<M> };
/** One area's handlers; the router merges the modules and refuses a method claimed twice. */
export type HandlerModule = Partial<HandlerMap>;
