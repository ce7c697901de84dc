// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.4733451972222829) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d9615e76bb552fbb5be78720639c9b0f251acd7060860da1367f9443abc34548
