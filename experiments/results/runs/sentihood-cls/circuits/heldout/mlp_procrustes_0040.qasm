// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.31107576273893717) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3dd0e38ab613dbd03b00c677e9df20c0dd1d684c311f35012845ebfcfa44ea42
