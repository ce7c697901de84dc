// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8595158837307832) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 95ff13d13b217afc226ef7ff6894d23cc400e346835c547fcc601517926005d2
