// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.865122937146037) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9d92cd0b1205f9881649016034eea2ecbc1a3a659c6b454b82ec6571eff92f4b
