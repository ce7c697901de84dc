// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5323005806891268) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e7bb52c38aee42729ce65b24bef01fe3321015043200f06efba1693cc644f994
