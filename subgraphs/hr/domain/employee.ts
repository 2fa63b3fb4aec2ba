import type { UserError } from '../../../lib/errors';
import { checkEmail, requireText } from '../../../lib/validation';

export function validateEmployee(input: { name: string; email: string; title?: string | null }): UserError[] {
  return [
    ...requireText(input.name, ['input', 'name']),
    ...requireText(input.email, ['input', 'email'], 254),
    ...checkEmail(input.email.trim(), ['input', 'email']),
    ...requireText(input.title, ['input', 'title']),
  ];
}
