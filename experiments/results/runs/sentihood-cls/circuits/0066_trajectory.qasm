// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6965289739571027) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a76b986d3c69357c39f8c129ab1d861817d7561cc2498a6f840453f507e2bb8c
