// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.3296635679045234) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e74ae9ddbc74c176ea9bb36aa936cbf9099e59de6274164d00e12c81f807b385
