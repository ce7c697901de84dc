// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.529278157328489) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d9173b31410e6ac99b350e32a77cf48695cb24e71e8b803991a28739d415eac3
