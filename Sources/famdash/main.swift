import FamdashCLI
import Foundation

exit(Famdash.main())
