/** @module web/auth: sign in with a bearer token (sitrep user add); the token stays in this browser's localStorage. */
import { h, toast } from './dom.js'

const KEY = 'sitrep.token'
export interface Me { name: string; role: string }

export const token = (): string | null => localStorage.getItem(KEY)
export const authHeaders = (): Record<string, string> => { const t = token(); return t ? { authorization: `Bearer ${t}` } : {} }

let me: Me | null = null
export const signedIn = (): Me | null => me

async function whoAmI(t: string): Promise<Me | null> {
  const res = await fetch('api/me', { headers: { authorization: `Bearer ${t}` } })
  if (!res.ok) return null
  return ((await res.json()) as { user: Me }).user
}

/** The sign-in form (or "signed in as NAME (role) · sign out") in the page header, `#signin`. */
export function installSignIn(header: HTMLElement): void {
  const box = h('form', { id: 'signin', class: 'signin', autocomplete: 'off' })
  header.appendChild(box)
  const render = () => {
    box.replaceChildren()
    if (me) {
      box.append(h('span', { class: 'who', 'data-user': me.name }, `signed in as ${me.name} (${me.role})`), ' ',
        h('button', { type: 'button', 'data-action': 'sign-out', onclick: () => { localStorage.removeItem(KEY); me = null; render() } }, 'sign out'))
      return
    }
    box.append(h('input', { name: 'token', type: 'password', placeholder: 'token (sitrep user add)', size: 18, 'aria-label': 'token' }),
      h('button', { type: 'submit' }, 'sign in'))
  }
  box.addEventListener('submit', (ev) => {
    ev.preventDefault()
    const input = box.querySelector<HTMLInputElement>('input[name="token"]')
    const t = input?.value.trim() ?? ''
    if (!t) return
    void whoAmI(t).then((user) => {
      if (!user) { toast('that token is not valid (unknown or revoked)', true); return }
      localStorage.setItem(KEY, t)
      me = user
      render()
      toast(`signed in as ${user.name}`)
    })
  })
  render()
  const saved = token()
  if (saved) void whoAmI(saved).then((user) => { me = user; if (!user) localStorage.removeItem(KEY); render() })
}
