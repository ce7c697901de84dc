// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.4914601420021276) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4987edfc1ac4679285300256e41745b051ca361f9859c8c962b5624a972de7fd
