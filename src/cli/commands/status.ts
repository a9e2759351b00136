// An article status typed on the command line, checked against the model's list.
import { ArticleStatus } from '../../shared/article/model';
import { UsageError } from '../failure';

export function parseStatus(value: string): ArticleStatus {
  const parsed = ArticleStatus.safeParse(value.trim().toLowerCase());
  if (!parsed.success) throw new UsageError(`unknown status “${value}” (choose from ${ArticleStatus.options.join(', ')})`);
  return parsed.data;
}
