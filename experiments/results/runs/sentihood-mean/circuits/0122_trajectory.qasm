// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6043856751368408) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 bd578433658f27ebc166e3a93e286fc92b93600b62a12911e8f4bfa6d506601c
