// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7065971458109306) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 18144357d6345d2a5f5de1125f8f7253e534677bd36eca3c073da69fc581051b
