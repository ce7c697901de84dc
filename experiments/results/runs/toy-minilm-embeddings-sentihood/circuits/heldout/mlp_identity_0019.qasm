// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.870447246076242) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 498bf1464b54aada23cdd444925114eae018a3ae24d3092dcd496baa6d78d01b
