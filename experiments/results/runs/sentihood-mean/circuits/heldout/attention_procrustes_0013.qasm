// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5032582884191565) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 dbb9ef220138b899f1864a8e731449ff4ed8889b90772524d8dfb7b1cfebdf0b
