import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { Field } from '../../../components/form/Field';
import { formatCalendarDate, todayInBrussels } from '../shared/format';
import { useSave } from '../../../components/form/useSave';

/** Follow-up tasks with a due date; overdue ones stand out. */
export function TaskSection({ needId }: { needId: number }) {
  const { t } = useTranslation();
  const tasks = useApiQuery('tasks.list', { needId });
  const add = useSave({ reportErrors: 'unlessAtFields' });
  const toggle = useSave({ reportErrors: 'unlessAtFields' });
  const [adding, setAdding] = useState(false);
  const [title, setTitle] = useState('');
  const [dueDate, setDueDate] = useState(todayInBrussels());
  const [assignee, setAssignee] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const saved = await add.run(() => call('tasks.add', { needId, title, dueDate, assignee }), t('dossiers.tasks.added'));
    if (saved) {
      setTitle('');
      setAssignee('');
      setAdding(false);
    }
  }

  const list = tasks.data ?? [];
  return (
    <section className="panel" aria-labelledby="tasks-title" data-testid="task-section">
      <div className="panel-header">
        <h2 id="tasks-title" className="panel-title">
          {t('dossiers.tasks.title')}
        </h2>
        {!adding && (
          <button type="button" className="button button-small" onClick={() => setAdding(true)} data-testid="task-add">
            {t('dossiers.tasks.add')}
          </button>
        )}
      </div>
      {adding && (
        <form className="dossier-subform" onSubmit={(e) => void submit(e)} noValidate data-testid="task-form">
          <Field label={t('dossiers.tasks.taskTitle')} error={add.errors.title} wide>
            {(p) => (
              <input {...p} className="input" value={title} onChange={(e) => setTitle(e.target.value)} data-testid="task-title" />
            )}
          </Field>
          <div className="dossier-form-grid">
            <Field label={t('dossiers.tasks.dueDate')} error={add.errors.dueDate}>
              {(p) => (
                <input
                  {...p}
                  type="date"
                  className="input"
                  value={dueDate}
                  onChange={(e) => setDueDate(e.target.value)}
                  data-testid="task-due"
                />
              )}
            </Field>
            <Field label={t('dossiers.tasks.assignee')} error={add.errors.assignee}>
              {(p) => <input {...p} className="input" value={assignee} onChange={(e) => setAssignee(e.target.value)} />}
            </Field>
          </div>
          <div className="dossier-inline-actions">
            <button type="button" className="button" onClick={() => setAdding(false)}>
              {t('dossiers.cancel')}
            </button>
            <button type="submit" className="button button-primary" disabled={add.busy} data-testid="task-save">
              {t('dossiers.add')}
            </button>
          </div>
        </form>
      )}
      {list.length === 0 ? (
        <p className="muted">{t('dossiers.tasks.none')}</p>
      ) : (
        <ul className="dossier-list dossier-tasks">
          {list.map((task) => (
            <li
              key={task.id}
              className={`dossier-task${task.doneAt ? ' is-done' : ''}${task.overdue ? ' is-overdue' : ''}`}
              data-testid="task-item"
            >
              <label className="dossier-check">
                <input
                  type="checkbox"
                  checked={task.doneAt !== null}
                  disabled={toggle.busy}
                  aria-label={task.doneAt ? t('dossiers.tasks.reopen') : t('dossiers.tasks.complete')}
                  onChange={() => void toggle.run(() => call(task.doneAt ? 'tasks.reopen' : 'tasks.complete', { id: task.id }))}
                  data-testid="task-toggle"
                />
                <span className="dossier-task-title">{task.title}</span>
              </label>
              <span className="dossier-task-meta small">
                {t('dossiers.tasks.due', { date: formatCalendarDate(task.dueDate) })}
                {task.assignee && ` · ${task.assignee}`}
                {task.overdue && <span className="badge dossier-badge-danger">{t('dossiers.tasks.overdue')}</span>}
                {task.doneAt && <span className="badge">{t('dossiers.tasks.done')}</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
