// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.557400807411276) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 20e769cfefbff81eb2c9de7d71622a83e2204f0374cc2a2af316cc87a3ff114e
