// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.17635894966824403) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3efcbabd46868d6de1c1faa0927b22476b2d253a20c6a274a00d98c18781ce24
