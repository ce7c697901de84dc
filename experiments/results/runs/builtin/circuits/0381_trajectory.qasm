// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.9587203618584084) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4112d5c7164b24274e3bfdf48513be2b94cbdcc7259a7e2c230e3f2e4366fc13
