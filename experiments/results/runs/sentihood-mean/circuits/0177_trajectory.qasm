// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.6965583252003253) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 3a8a3871614bfb09761eba4db53caaa031f0ead94b392297c5cb984309adcd47
