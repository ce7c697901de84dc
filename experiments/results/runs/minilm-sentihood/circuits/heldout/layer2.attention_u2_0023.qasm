// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.3484448557186499) q[0];
ry(2.2236622897539813) q[0];
rz(0.21719141741469628) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 6fc5e27091057ef526b41ab3b46cdef0d3fdfc26a4a95920f607ed05c4788f9a
