// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-2.22678419377288) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 b62e16ca5293f48b1e3bb72b9de931df78131b09caad27a03907b7b368aac0fb
