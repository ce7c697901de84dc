// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4432195171024604) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 d782a1a6e18c80d1901533ce5322361818fbfa52acaeecca15da22d4ac7050aa
