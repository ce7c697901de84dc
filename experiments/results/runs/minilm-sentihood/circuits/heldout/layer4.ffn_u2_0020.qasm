// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.5016924733839487) q[0];
ry(2.673320773661253) q[0];
rz(0.45517659347860073) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d0c87f9752198f7a8623b9e9c23528a31594bfa1350d0047cf2047803c9c1c77
