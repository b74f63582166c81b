#pragma once
#error "wizard/model is QtCore + QtSql only: widgets belong in wizard/pages"
