// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.34501435894664656) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3b031e0915575be062edd21f5bbe4e5ca10f69138354729ddb6075dcc37a7462
