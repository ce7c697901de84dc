// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.649236454470067) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f6e21bb305cbf0fbee23163850b88ce8da95dfd7a772d19438636348694961db
