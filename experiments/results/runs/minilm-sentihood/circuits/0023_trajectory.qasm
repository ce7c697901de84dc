// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0585657831838624) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 cf794ff24bedb64657c037b45317c580f90c37279573e6b2e605ace7daa3d14a
