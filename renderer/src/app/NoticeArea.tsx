import { Alert } from '../components/Alert';
import { useNotices } from './NoticeContext';

export function NoticeArea() {
  const { notices, dismiss } = useNotices();
  if (notices.length === 0) return null;
  return (
    <div className="notice-area">
      {notices.map((notice) => (
        <Alert key={notice.id} kind={notice.kind} onDismiss={() => dismiss(notice.id)}>
          {notice.message}
        </Alert>
      ))}
    </div>
  );
}
