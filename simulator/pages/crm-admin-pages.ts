import type { CrmRoute } from './crm-context';
import { requireUser } from './crm-session';
import type { CrmList, CrmUser } from './crm-state';
import { html, type SafeHtml } from './html';
import { methodNotAllowed, readForm, redirect, sendHtml } from './http-util';
import { crmPage } from './layout';

/**
 * The admin screens: users and lists, kept in memory. Field rules follow the seed's add_user and
 * add_list so that what the CRM accepts, the dialer would accept too. Every signed-in user may
 * use them: the demo keeps roles out of the way of the sync tests.
 */
export const crmAdminRoutes: CrmRoute = async (req, res, url, ctx) => {
  const screen =
    url.pathname === '/crm/admin/users'
      ? 'users'
      : url.pathname === '/crm/admin/lists'
        ? 'lists'
        : null;
  if (!screen) return false;
  const user = requireUser(req, res, url, ctx.state);
  if (!user) return true;
  if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'POST') {
    methodNotAllowed(res, 'GET, POST');
    return true;
  }
  const show = (body: SafeHtml) =>
    sendHtml(
      res,
      crmPage({ title: screen === 'users' ? 'Users' : 'Lists', user, active: screen, body }),
    );

  if (screen === 'users') {
    if (req.method !== 'POST') {
      const editing = ctx.state.users.find((u) => u.username === url.searchParams.get('edit'));
      show(usersScreen(ctx.state.users, editing ?? null, [], flash(url, 'User')));
      return true;
    }
    const form = await readForm(req);
    const existing = ctx.state.users.find(
      (u) => u.username === (form.get('username') ?? '').trim(),
    );
    const result = userFromForm(form, existing ?? null);
    // "New user" with a name already taken is refused, as real CRMs do: never a silent edit.
    if (!result.errors && existing && form.get('mode') !== 'edit') {
      const draft = { ...result.user, username: '' };
      show(
        usersScreen(
          ctx.state.users,
          draft,
          [`Username ${existing.username} is already taken.`],
          null,
        ),
      );
      return true;
    }
    if (result.errors) {
      show(usersScreen(ctx.state.users, result.draft, result.errors, null));
      return true;
    }
    if (existing) Object.assign(existing, result.user);
    else ctx.state.users.push(result.user);
    const action = existing ? 'updated' : 'created';
    redirect(
      res,
      `/crm/admin/users?saved=${encodeURIComponent(result.user.username)}&action=${action}`,
      303,
    );
    return true;
  }

  if (req.method !== 'POST') {
    show(listsScreen(ctx.state.lists, null, [], flash(url, 'List')));
    return true;
  }
  const form = await readForm(req);
  const result = listFromForm(form, ctx.state.lists);
  if (result.errors) {
    show(listsScreen(ctx.state.lists, result.draft, result.errors, null));
    return true;
  }
  ctx.state.lists.push(result.list);
  redirect(
    res,
    `/crm/admin/lists?saved=${encodeURIComponent(result.list.listId)}&action=created`,
    303,
  );
  return true;
};

function flash(url: URL, noun: string): string | null {
  const saved = url.searchParams.get('saved');
  const action = url.searchParams.get('action') === 'updated' ? 'updated' : 'created';
  return saved ? `${noun} ${saved} ${action}.` : null;
}

const len = (value: string, min: number, max: number) => value.length >= min && value.length <= max;

type Parsed<K extends string, T> =
  | ({ errors: string[]; draft: T } & { [key in K]?: never })
  | ({ errors?: never; draft?: never } & { [key in K]: T });

function userFromForm(
  form: Map<string, string>,
  existing: CrmUser | null,
): Parsed<'user', CrmUser> {
  const get = (name: string) => (form.get(name) ?? '').trim();
  const password = form.get('password') ?? '';
  const user: CrmUser = {
    username: get('username'),
    // Editing with an empty password keeps the current one, as admin screens usually do;
    // the same for the phone pass, so that no secret is ever written back into the page.
    password: password === '' && existing ? existing.password : password,
    fullName: get('full_name'),
    userLevel: Number(get('user_level')),
    userGroup: get('user_group'),
    phoneLogin: get('phone_login'),
    phonePass: get('phone_pass') === '' && existing ? existing.phonePass : get('phone_pass'),
    email: get('email'),
    active: form.get('active') === 'Y',
  };
  const errors: string[] = [];
  if (!len(user.username, 2, 20)) errors.push('Username must be 2 to 20 characters.');
  if (!len(user.password, 1, 20)) errors.push('Password must be 1 to 20 characters.');
  if (!len(user.fullName, 1, 50)) errors.push('Full name must be 1 to 50 characters.');
  if (!/^[1-9]$/.test(get('user_level'))) errors.push('User level must be 1 to 9.');
  if (!len(user.userGroup, 1, 20)) errors.push('User group must be 1 to 20 characters.');
  if (user.phoneLogin && !len(user.phoneLogin, 1, 20))
    errors.push('Phone login is at most 20 characters.');
  if (user.phonePass && !len(user.phonePass, 1, 20))
    errors.push('Phone pass is at most 20 characters.');
  if (user.email && (!len(user.email, 3, 100) || !user.email.includes('@')))
    errors.push('Email is not valid.');
  // The draft never carries the password back into the page.
  return errors.length ? { errors, draft: { ...user, password: '', phonePass: '' } } : { user };
}

function listFromForm(
  form: Map<string, string>,
  lists: readonly CrmList[],
): Parsed<'list', CrmList> {
  const get = (name: string) => (form.get(name) ?? '').trim();
  const list: CrmList = {
    listId: get('list_id'),
    listName: get('list_name'),
    campaignId: get('campaign_id'),
    active: form.get('active') === 'Y',
  };
  const errors: string[] = [];
  if (!/^\d{2,14}$/.test(list.listId)) errors.push('List ID must be 2 to 14 digits.');
  else if (lists.some((l) => l.listId === list.listId))
    errors.push(`List ${list.listId} already exists.`);
  if (!len(list.listName, 6, 30)) errors.push('List name must be 6 to 30 characters.');
  if (!len(list.campaignId, 2, 8)) errors.push('Campaign must be 2 to 8 characters.');
  return errors.length ? { errors, draft: list } : { list };
}

function messages(errors: string[], saved: string | null): SafeHtml {
  return html`${saved && html`<p class="notice" role="status" data-testid="admin-saved">${saved}</p>`}
${errors.length > 0 && html`<ul class="error" role="alert" data-testid="admin-errors">${errors.map((e) => html`<li>${e}</li>`)}</ul>`}`;
}

const yes = (on: boolean) =>
  on ? html`<span class="pill ok">Y</span>` : html`<span class="pill off">N</span>`;

function usersScreen(
  users: CrmUser[],
  draft: CrmUser | null,
  errors: string[],
  saved: string | null,
): SafeHtml {
  const d = draft;
  const editing = d !== null && users.some((u) => u.username === d.username);
  const levels = [1, 2, 3, 4, 5, 6, 7, 8, 9];
  return html`<h1>Users</h1>
${messages(errors, saved)}
<div class="cards">
<section class="card">
<h2>${editing ? `Edit user ${d?.username}` : 'New user'}</h2>
<form method="post" action="/crm/admin/users" class="grid-form" data-testid="user-form">
  ${editing ? html`<input type="hidden" name="mode" value="edit">` : ''}
  <label>Username <input name="username" required value="${d?.username ?? ''}" ${editing ? html`readonly` : ''}></label>
  <label>Password <input name="password" type="password" autocomplete="new-password" ${editing ? html`placeholder="unchanged"` : html`required`}></label>
  <label>Full name <input name="full_name" required value="${d?.fullName ?? ''}"></label>
  <label>User level <select name="user_level">${levels.map(
    (l) =>
      html`<option value="${l}" ${(d?.userLevel ?? 1) === l ? html`selected` : ''}>${l}</option>`,
  )}</select></label>
  <label>User group <input name="user_group" list="user-groups" required value="${d?.userGroup ?? 'AGENTS'}"></label>
  <label>Phone login <input name="phone_login" value="${d?.phoneLogin ?? ''}"></label>
  <label>Phone pass <input name="phone_pass" type="password" autocomplete="off" ${editing ? html`placeholder="unchanged"` : ''}></label>
  <label>Email <input name="email" type="email" value="${d?.email ?? ''}"></label>
  <label class="check"><input type="checkbox" name="active" value="Y" ${(d?.active ?? true) ? html`checked` : ''}> Active</label>
  <datalist id="user-groups"><option value="AGENTS"><option value="ADMIN"></datalist>
  <div class="actions"><button type="submit" class="primary">${editing ? 'Save user' : 'Create user'}</button>
  ${editing && html`<a href="/crm/admin/users">Cancel</a>`}</div>
</form>
</section>
<section class="card wide">
<h2>All users <span class="count">${users.length}</span></h2>
<table class="grid" data-testid="users-table">
<thead><tr><th>Username</th><th>Full name</th><th>Level</th><th>Group</th><th>Phone login</th><th>Email</th><th>Active</th><th></th></tr></thead>
<tbody>${users.map(
    (
      u,
    ) => html`<tr data-username="${u.username}"><td>${u.username}</td><td>${u.fullName}</td><td>${u.userLevel}</td>
<td>${u.userGroup}</td><td>${u.phoneLogin}</td><td>${u.email}</td><td>${yes(u.active)}</td>
<td><a href="/crm/admin/users?edit=${encodeURIComponent(u.username)}">Edit</a></td></tr>`,
  )}</tbody>
</table>
</section>
</div>`;
}

function listsScreen(
  lists: CrmList[],
  draft: CrmList | null,
  errors: string[],
  saved: string | null,
): SafeHtml {
  return html`<h1>Lists</h1>
${messages(errors, saved)}
<div class="cards">
<section class="card">
<h2>New list</h2>
<form method="post" action="/crm/admin/lists" class="grid-form" data-testid="list-form">
  <label>List ID <input name="list_id" inputmode="numeric" required value="${draft?.listId ?? ''}"></label>
  <label>List name <input name="list_name" required value="${draft?.listName ?? ''}"></label>
  <label>Campaign <input name="campaign_id" list="campaigns" required value="${draft?.campaignId ?? 'TESTCAMP'}"></label>
  <label class="check"><input type="checkbox" name="active" value="Y" ${draft?.active ? html`checked` : ''}> Active</label>
  <datalist id="campaigns"><option value="TESTCAMP"></datalist>
  <div class="actions"><button type="submit" class="primary">Create list</button></div>
</form>
</section>
<section class="card wide">
<h2>All lists <span class="count">${lists.length}</span></h2>
<table class="grid" data-testid="lists-table">
<thead><tr><th>List ID</th><th>List name</th><th>Campaign</th><th>Active</th></tr></thead>
<tbody>${lists.map(
    (l) =>
      html`<tr data-list-id="${l.listId}"><td>${l.listId}</td><td>${l.listName}</td><td>${l.campaignId}</td><td>${yes(l.active)}</td></tr>`,
  )}</tbody>
</table>
</section>
</div>`;
}
