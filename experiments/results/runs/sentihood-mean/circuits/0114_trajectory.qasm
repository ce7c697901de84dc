// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.2085416368294056) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 064850322def40484a76200afc2c1f9a5d84087fc713495cca7060cedd1b36cc
