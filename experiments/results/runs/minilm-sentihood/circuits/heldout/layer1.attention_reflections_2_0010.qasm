// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.3591227761445583) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 aed51333b5d7e6062677946ce0d9825293d23690b7530b253fab72707b066c96
