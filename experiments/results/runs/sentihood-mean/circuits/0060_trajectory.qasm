// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.1765548617563614) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 2cdc36654d447eefba510285eaa0c51e5992537718ac3d3a23ab989b148a5948
