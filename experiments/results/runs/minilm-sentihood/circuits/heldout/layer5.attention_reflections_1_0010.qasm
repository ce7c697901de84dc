// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.2955083295498482) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0558992f809d87cc59aff060fdfb02f49f533e4c103a84c57c19b1c41c10fde9
