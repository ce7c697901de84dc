// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.871778909427904) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 eef58de26a12ab7dc6b52eb20af97e891fd58a71b06bf31697ce6dfb65477ed7
