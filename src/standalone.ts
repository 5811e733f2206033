// Entry of the standalone bundle (dist/sociale-veiligheid-quickscan.js): defines the element and
// exports nothing, so the bundle carries only what the element uses. npm users import the modules.
import './sociale-veiligheid-quickscan.js';
