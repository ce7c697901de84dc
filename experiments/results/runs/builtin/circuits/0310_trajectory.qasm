// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.7611445652382707) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 057a150c8f3b7721bb29509b70f9bd0cdcbb938c52e004eff2764b5e4c221b32
