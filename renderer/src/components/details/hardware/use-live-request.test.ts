import { describe, expect, it } from 'vitest';
import { fieldError, VireoError } from '../../../../../shared/errors';
import { issueText, otherIssueText, requestIssues } from './use-live-request';

describe('requestIssues', () => {
  it('names each field issue by the last part of its path', () => {
    const error = fieldError('INVALID_INPUT', ['share', 'hostPath'], '/tmp/x is not a folder');
    expect(requestIssues(error)).toEqual([{ field: 'hostPath', message: '/tmp/x is not a folder' }]);
  });

  it('keeps any other failure as one general line, so it is shown where it was asked for', () => {
    const error = new VireoError('INVALID_STATE', 'this VM has no USB controller');
    expect(requestIssues(error)).toEqual([{ field: '', message: 'this VM has no USB controller' }]);
    expect(requestIssues(new Error('socket closed'))).toEqual([{ field: '', message: 'socket closed' }]);
  });
});

describe('issueText', () => {
  const issues = [
    { field: 'path', message: 'no such file' },
    { field: 'path', message: 'no such file' },
    { field: 'tag', message: 'bad tag' },
    { field: '', message: 'the VM is busy' },
  ];

  it('joins the messages about the given fields, once each', () => {
    expect(issueText(issues, ['path'])).toBe('no such file');
    expect(issueText(issues, ['path', 'tag'])).toBe('no such file; bad tag');
    expect(issueText(issues, ['readOnly'])).toBeUndefined();
  });

  it('gives the rest to the form', () => {
    expect(otherIssueText(issues, ['path'])).toBe('bad tag; the VM is busy');
    expect(otherIssueText(issues, ['path', 'tag', ''])).toBeUndefined();
  });
});
