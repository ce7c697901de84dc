// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.25942820838142355) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e3ae66d5f54a6ca6d240b1facb17460aae516fe9757ae76217677fca6830f245
