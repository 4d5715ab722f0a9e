import { mount } from 'svelte'
import Root from './Root.svelte'
// The fonts ship with the dashboard: Latin, Arabic and Simplified Chinese (SIL OFL 1.1, see NOTICE).
// Each file declares unicode-range subsets, so a browser fetches only the ranges a page uses.
import '@fontsource/noto-sans/400.css'
import '@fontsource/noto-sans/700.css'
import '@fontsource/noto-sans-arabic/400.css'
import '@fontsource/noto-sans-arabic/700.css'
import '@fontsource/noto-sans-sc/400.css'
import './app.css'

const target = document.getElementById('app')
if (!target) throw new Error('missing #app element')
mount(Root, { target })
