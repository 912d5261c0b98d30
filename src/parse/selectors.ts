/**
 * css-select's compile and css-what's parse, loaded on first call (see src/lazy.ts):
 * a text dump never compiles a selector, so a run on one never loads them.
 */
import type { compile as Compile } from 'css-select';
import type { parse as Parse } from 'css-what';
import { cssSelect, cssWhat } from '../lazy.js';

export const compile: typeof Compile = (selector, options, context) => cssSelect().compile(selector, options, context);
export const parseSelector: typeof Parse = (selector) => cssWhat().parse(selector);
