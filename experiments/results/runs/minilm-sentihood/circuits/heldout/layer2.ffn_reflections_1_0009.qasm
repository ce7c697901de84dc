// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.8009160246466285) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d357967ecfd0a23a9cf7686e6595efbb73f42e645a08b51ce66fcd9f98f20995
